package dev.docmodel.generator.link;

import static dev.docmodel.generator.link.LinkFixtures.diagnostic;
import static dev.docmodel.generator.link.LinkFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 6: samples that contradict the declared types are reported; the table wins. */
class CheckSamplesTest {
  @Test
  void aSampleValueOfAnotherTypeIsAConflictAtTheSample() {
    Diagnostics diagnostics = new Diagnostics();
    String job = page("job", "", "", "|enabled|String||\n|size|Int64||",
        "{\n  \"enabled\": true,\n  \"size\": 1024\n}");
    Resolution resolution = LinkFixtures.resolution(diagnostics, "job.md", job);
    CheckSamples.run(resolution, LinkFixtures.declared(resolution, diagnostics), diagnostics);
    assertEquals(List.of(diagnostic(DiagnosticCode.PROPERTY_TYPE_CONFLICT, "job.md", 26, 3,
        "enabled is Edm.String in the table but the JSON shows Edm.Boolean; using the table")),
        LinkFixtures.only(diagnostics, DiagnosticCode.PROPERTY_TYPE_CONFLICT));
  }
}

package dev.docmodel.generator.link;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.model.Property;
import dev.docmodel.generator.model.TypeRef;
import java.util.List;

/**
 * Pass 6, {@link Resolution} and {@link Declared} → diagnostics only: where a JSON sample shows a
 * property's type explicitly (a timestamp placeholder, an {@code @odata.type}) and it contradicts
 * the declared type, says so. The table wins; nothing changes.
 */
final class CheckSamples {
  private CheckSamples() {}

  static void run(Resolution resolution, Declared declared, Diagnostics diagnostics) {
    for (Resolution.ResolvedType type : resolution.types().values()) {
      List<Property> properties = declared.properties().get(type.name());
      for (int i = 0; i < properties.size(); i++) {
        for (Resolution.Shown shown : type.properties().get(i).shown()) {
          check(properties.get(i), shown, diagnostics);
        }
      }
    }
  }

  private static void check(Property declared, Resolution.Shown evidence, Diagnostics diagnostics) {
    SampleType shown = evidence.type();
    if (!shown.strong()) {
      return;
    }
    String shownName;
    if (shown.primitive() != null) {
      if (declared.type() instanceof TypeRef.PrimitiveRef p && p.primitive() == shown.primitive()) {
        return;
      }
      // A named declared type shown as a primitive is an enum or a sample shortcut; not evidence.
      if (declared.type() instanceof TypeRef.NamedRef) {
        return;
      }
      shownName = shown.primitive().edmName();
    } else {
      // A derived type shown in the sample, or a name we cannot check: not a contradiction.
      if (evidence.resolved() == null || declared.type() instanceof TypeRef.NamedRef) {
        return;
      }
      shownName = evidence.resolved().toString();
    }
    diagnostics.report(DiagnosticCode.PROPERTY_TYPE_CONFLICT, evidence.location(),
        declared.name() + " is " + declared.type().csdlName() + " in the table but the JSON shows "
            + shownName + "; using the table");
  }
}

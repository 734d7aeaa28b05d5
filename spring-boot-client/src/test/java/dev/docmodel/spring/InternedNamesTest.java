package dev.docmodel.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.example.graph.ModelModule;
import com.example.graph.SynchronizationJob;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the README's "Reading speed on Jackson 3" tells a Spring Boot 4 user: Boot's
 * {@code spring.jackson.use-jackson2-defaults} configures the mapper as Jackson 2 did but keeps a
 * factory that does not intern property names; a {@code JsonMapper} bean built as the README shows
 * interns, and is the mapper Boot then uses.
 */
class InternedNamesTest {
  private static final TokenStreamFactory.Feature INTERN =
      TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES;
  private final ApplicationContextRunner boot = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));

  @Test
  void bootsJackson2DefaultsDoNotInternPropertyNames() {
    boot.withPropertyValues("spring.jackson.use-jackson2-defaults=true").run(context ->
        assertEquals(false, context.getBean(JsonMapper.class).tokenStreamFactory()
            .isEnabled(INTERN)));
  }

  @Test
  void aMapperBeanOnAnInterningFactoryIsTheOneBootUses() {
    boot.withUserConfiguration(InterningMapper.class).run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      assertSame(context.getBean("graphMapper"), mapper);
      assertEquals(true, mapper.tokenStreamFactory().isEnabled(INTERN));
      SynchronizationJob job = mapper.readValue("{\"templateId\":\"t\",\"x\":1}",
          SynchronizationJob.class);
      assertEquals("t", job.getTemplateId());
      assertEquals("{\"templateId\":\"t\",\"x\":1}", mapper.writeValueAsString(job));
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class InterningMapper {
    @Bean
    JsonMapper graphMapper() {
      return JsonMapper.builder(JsonFactory.builder().enable(INTERN).build())
          .addModule(new ModelModule())
          .build();
    }
  }
}

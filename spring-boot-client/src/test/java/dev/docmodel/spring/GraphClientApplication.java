package dev.docmodel.spring;

import com.example.graph.Entity;
import com.example.graph.ModelModule;
import com.example.graph.SynchronizationJob;
import dev.docmodel.runtime.CollectionPage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * A Spring Boot 4 application as a user of the model writes it: the model's module is a bean, so
 * Boot's auto-configured JsonMapper, and with it RestClient and Spring MVC, read and write the
 * model through the generated serializers. Nothing else is configured.
 */
@SpringBootApplication
public class GraphClientApplication {
  private static final ParameterizedTypeReference<CollectionPage<SynchronizationJob>> JOBS =
      new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<CollectionPage<Entity>> ENTITIES =
      new ParameterizedTypeReference<>() {};

  @Bean
  ModelModule modelModule() {
    return new ModelModule();
  }

  @Bean
  RestClient graph(RestClient.Builder builder, @Value("${graph.base-url}") String baseUrl) {
    return builder.baseUrl(baseUrl).build();
  }

  /** Every job of a listing, following {@code @odata.nextLink} page by page. */
  static List<SynchronizationJob> allJobs(RestClient graph, String firstPage) {
    List<SynchronizationJob> jobs = new ArrayList<>();
    for (String next = firstPage; next != null; ) {
      CollectionPage<SynchronizationJob> page = graph.get().uri(next)
          .accept(MediaType.APPLICATION_JSON).retrieve().body(JOBS);
      jobs.addAll(page.getValue());
      next = page.getNextLink();
    }
    return jobs;
  }

  /** Spring MVC endpoints taking and returning the model. */
  @RestController
  static class EchoController {
    @PutMapping("/echo/job")
    SynchronizationJob job(@RequestBody SynchronizationJob job) {
      return job;
    }

    @PostMapping("/echo/entity")
    Entity entity(@RequestBody Entity entity) {
      return entity;
    }
  }
}

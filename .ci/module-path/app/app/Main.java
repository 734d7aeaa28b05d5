package app;

import com.example.graph.Entity;
import com.example.graph.ModelModule;
import com.example.graph.SynchronizationJob;
import JACKSON_DATABIND.json.JsonMapper;

public class Main {
  public static void main(String[] args) throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new ModelModule()).build();
    String json = "{\"@odata.type\":\"#microsoft.graph.synchronizationJob\",\"templateId\":\"t\","
        + "\"x\":1}";
    Entity entity = mapper.readValue(json, Entity.class);
    String written = mapper.writeValueAsString(entity);
    if (!(entity instanceof SynchronizationJob) || !written.equals(json)) {
      throw new AssertionError(entity + " written as " + written);
    }
    System.out.println("module path: " + written);
  }
}

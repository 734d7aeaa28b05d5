// A user's application on the module path: the model jar and its runtime as named (automatic)
// modules next to Jackson's own. .ci/run compiles and runs it against each model jar.
module app {
  requires com.example.graph;
  requires dev.docmodel.runtime;
  requires dev.docmodel.runtime.jackson;
  requires JACKSON_DATABIND;
}

def log = new File(basedir, 'build.log').text
def tree = new File(basedir, 'dependency-tree.txt').text
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log.contains('Tests run: 4, Failures: 0, Errors: 0'), 'the project tests ran and passed')
check(tree.contains('dev.docmodel:model-runtime-jackson3:jar'), 'the Jackson 3 runtime is there:\n' + tree)
check(tree.contains('tools.jackson.core:jackson-databind:jar'), 'Jackson 3 databind is there:\n' + tree)
check(!tree.contains('com.fasterxml.jackson.core:jackson-core'), 'no Jackson 2 core:\n' + tree)
check(!tree.contains('com.fasterxml.jackson.core:jackson-databind'), 'no Jackson 2 databind:\n' + tree)
check(!tree.contains('model-runtime-jackson2'), 'no Jackson 2 runtime:\n' + tree)
def serializer = new File(basedir, 'target/generated-sources/docmodel/it/model/SynchronizationJobJson.java').text
check(serializer.contains('import tools.jackson.core.JsonParser;'), 'written for Jackson 3')
check(!serializer.contains('IOException'), 'no checked IOException on Jackson 3')
return true

def log = new File(basedir, 'build.log').text
def tree = new File(basedir, 'dependency-tree.txt').text
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log.contains('Tests run: 4, Failures: 0, Errors: 0'), 'the project tests ran and passed')
check(tree.contains('dev.docmodel:model-runtime-jackson2:jar'), 'the Jackson 2 runtime is there:\n' + tree)
check(tree.contains('com.fasterxml.jackson.core:jackson-databind:jar'), 'Jackson 2 databind is there:\n' + tree)
check(!tree.contains('tools.jackson'), 'no Jackson 3:\n' + tree)
check(!tree.contains('model-runtime-jackson3'), 'no Jackson 3 runtime:\n' + tree)
def serializer = new File(basedir, 'target/generated-sources/docmodel/it/model/SynchronizationJobJson.java').text
check(serializer.contains('import com.fasterxml.jackson.core.JsonParser;'), 'written for Jackson 2')
check(serializer.contains('throws IOException'), 'Jackson 2 streaming throws IOException')
return true

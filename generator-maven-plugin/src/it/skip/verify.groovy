def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log.contains('docmodel: skipped'), 'the skip is logged')
check(!new File(basedir, 'target/generated-sources/docmodel').exists(), 'nothing generated')
check(!new File(basedir, 'target/docmodel-cache').exists(), 'no cache')
return true

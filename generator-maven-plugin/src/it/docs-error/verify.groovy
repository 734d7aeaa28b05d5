def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log =~ /\[ERROR\] \S*src.main.docs.a\.md:5:1: \[BASE_TYPE_CYCLE\] /, 'the error is logged as file:line:col: [CODE]')
check(log.contains('1 error(s) in the docs; the first: a.md:5:1: error [BASE_TYPE_CYCLE]'), 'the failure names the count and the first error')
check(!new File(basedir, 'target/docmodel-cache').exists(), 'no cache committed')
return true

def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log =~ /\[WARNING\] \S*src.main.docs.a\.md:5:1: \[BASE_TYPE_CYCLE\] /, 'the warning is logged as file:line:col: [CODE]')
check(log.contains('1 error(s) or warning(s) in the docs; the first: a.md:5:1: warning [BASE_TYPE_CYCLE]'), 'with failOnWarning the failure names the count and the first warning')
check(!new File(basedir, 'target/docmodel-cache').exists(), 'no cache committed')
return true

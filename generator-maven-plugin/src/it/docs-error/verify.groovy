def log = new File(basedir, 'build.log').text
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log =~ /\[WARNING\] \S*src.main.docs.c\.md:3:1: \[LINE_TOO_LONG\] /, 'the warning is logged as file:line:col: [CODE]')
check(log.contains('1 error(s) or warning(s) in the docs; the first: c.md:3:1: warning [LINE_TOO_LONG]'),
    'with failOnWarning the failure names the count and the first warning; the cycle of a and b is a note about the docs, which fails nothing')
check(!(log =~ /\[WARNING\].*BASE_TYPE_CYCLE/), 'a note about the docs is no warning')
check(!new File(basedir, 'target/docmodel-cache').exists(), 'no cache committed')
return true

def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(!(log =~ /\[WARNING\].*BASE_TYPE_CYCLE/), 'the contradiction is a note about the docs, not a warning a user must act on')
check(log.contains("[INFO] docmodel: 1 note about the docs' own quality, resolved as documented (mvn -X lists them)"),
    'the build says there is a note and where to see it')
def a = new File(gen, 'A.java').text
def b = new File(gen, 'B.java').text
check(a.contains('public class A extends GraphObject') || a =~ /public class A\b(?! extends B)/, 'a keeps no base: ' + a.readLines().find { it.contains('class A') })
check(b.contains('public class B extends A'), 'b still derives from a: ' + b.readLines().find { it.contains('class B') })
check(new File(basedir, 'target/docs-contradiction-1.0.jar').exists(), 'the model jar is built')
return true

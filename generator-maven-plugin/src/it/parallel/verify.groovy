def log = new File(basedir, 'build.log').text
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log.contains('thread count of 2'), 'the build ran with two threads')
check(new File(basedir, 'first/target/generated-sources/docmodel/it/model/Run.java').isFile(), 'first generated')
check(new File(basedir, 'second/target/generated-sources/docmodel/it/model/Old.java').isFile(), 'second generated')
check(new File(basedir, 'first/target/first-1.0.jar').isFile() && new File(basedir, 'second/target/second-1.0.jar').isFile(), 'both jars built')
return true

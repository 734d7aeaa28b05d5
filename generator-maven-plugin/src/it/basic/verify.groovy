def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(new File(gen, 'Job.java').isFile(), 'Job.java generated')
check(new File(gen, 'JobJson.java').isFile(), 'JobJson.java generated')
check(log.contains('Tests run: 1, Failures: 0, Errors: 0'), 'the project test ran and passed')
check(new File(basedir, 'target/basic-1.0.jar').isFile(), 'the jar was built')
return true

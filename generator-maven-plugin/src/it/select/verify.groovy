def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(new File(gen, 'Job.java').isFile(), 'included page generated')
check(new File(gen, 'Old.java').isFile(), 'included subdirectory page generated')
check(!new File(gen, 'Run.java').exists(), 'excluded page not generated')
check(!new File(gen, 'Skipme.java').exists(), 'a page no include matches is not generated')
return true

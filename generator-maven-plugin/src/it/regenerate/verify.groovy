def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
def marker = new File(basedir, 'target/step2.marker')
check(marker.isFile(), 'the second build ran')
check(!new File(gen, 'Old.java').exists(), 'Old.java removed')
check(!new File(gen, 'OldJson.java').exists(), 'OldJson.java removed')
check(new File(gen, 'Job.java').text.contains('getOwner()'), 'Job regenerated with the new property')
check(new File(gen, 'Job.java').lastModified() >= marker.lastModified(), 'Job.java rewritten')
check(new File(gen, 'Run.java').lastModified() < marker.lastModified(), 'Run.java untouched')
check(log =~ /docmodel: 3 pages, \d+ types, \d+ files \(\d+ written, 2 deleted\)/, 'the log counts the deletions')
return true

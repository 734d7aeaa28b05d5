def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
def marker = new File(basedir, 'target/step2.marker')
check(marker.isFile(), 'the second build ran')
check(log.contains('docmodel: up to date (3 pages, '), 'the second run reports up to date')
def files = []
gen.eachFileRecurse { if (it.isFile()) files << it }
check(files.size() > 5, 'generated files present: ' + files.size())
files.each { check(it.lastModified() < marker.lastModified(), it.name + ' was rewritten by the second run') }
return true

def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def baseline = new File(basedir, 'src/main/docmodel-baseline.json')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(baseline.isFile(), 'update-baseline wrote the baseline')
check(baseline.text.contains('"format": "docmodel-baseline/1"'), 'the baseline has its format')
check(log.contains('[KEPT_PROPERTY] microsoft.graph.job.owner is no longer listed by the docs'),
    'the build says the dropped property is kept')
def job = new File(gen, 'Job.java').text
check(job =~ /@Deprecated\s+public @Nullable String getOwner\(\)/, 'getOwner is kept, deprecated')
check(log.contains('breaking change(s) against the baseline that it cannot keep (failOnBreaking)'),
    'failOnBreaking failed the build on the lost superclass')
check(log.contains('BASE_CHANGED microsoft.graph.run'), 'the failure names the change')
check(log.contains('docmodel: baseline updated'), 'update-baseline accepted the change')
check(baseline.text.contains('"name": "microsoft.graph.run"'), 'the baseline has run')
check(new File(gen, 'Run.java').text.contains('extends Entity'), 'run now derives from entity')
check(new File(basedir, 'target/docmodel/default-changes.json').isFile(),
    'the change report is under target/docmodel')
// The last report is against the accepted baseline: nothing new, the dropped owner still kept.
check(new File(basedir, 'target/docmodel/default-changes.md').text.contains(
    '1 element an earlier baseline kept, deprecated, the docs still leave out'),
    'the changelog is beside it, and counts what stays kept')
check(log.contains('0 changes: 0 breaking (0 wire, 0 java), 0 compatible; 1 kept earlier, still kept'),
    'after accepting, the build reports no new change')
def marker = new File(basedir, 'target/step5.marker')
check(marker.isFile(), 'the last build ran')
def lastBuild = log.substring(log.lastIndexOf('< it.docmodel:baseline >'))
check(lastBuild.contains('docmodel: up to date'), 'the last build, unchanged, is up to date')
def files = []
gen.eachFileRecurse { if (it.isFile()) files << it }
files.each { check(it.lastModified() < marker.lastModified(), it.name + ' was rewritten by the last build') }
return true

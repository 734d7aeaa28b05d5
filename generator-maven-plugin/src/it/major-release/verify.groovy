def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/docmodel/it/model')
def baseline = new File(basedir, 'src/main/docmodel-baseline.json')
def check(condition, String message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}
check(log.contains('[KEPT_PROPERTY] microsoft.graph.job.owner is no longer listed by the docs'),
    'step 2 kept the dropped property')
check(log =~ /docmodel: baseline updated: .* accepted 1 changes: 1 breaking \(1 wire, 1 java\), 0 compatible \(see .*default-cli-changes\.md\)/,
    'the major release reports the dropped property as breaking, and where the changelog is')
check(!baseline.text.contains('"owner"'), 'the new baseline has no owner')
check(!baseline.text.contains('keptSince'), 'nor anything kept')
check(!new File(gen, 'Job.java').text.contains('getOwner'), 'the major release has no getOwner')
check(new File(basedir, 'target/docmodel/default-cli-changes.md').text.contains('Removed properties'),
    'the changelog names the removal')
return true

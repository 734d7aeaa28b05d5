// A page with a line no real page has (beyond the reader's 64K characters): a warning, which
// failOnWarning turns into a failure. Written here rather than kept in git.
new File(basedir, 'src/main/docs/c.md').text = '# c resource type\n\n' + ('x' * 70000) + '\n'
return true

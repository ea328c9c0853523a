def log = new File(basedir, 'build.log').text
assert log =~ /site-b[\/\\]posts[\/\\]2026-03-03\.md:3:1: front-matter-date /
assert log.contains('digest: 0 errors, 0 warnings in 0 of 1 file')
assert log =~ /digest: no posts in .*code/
assert new File(basedir, 'site-a/target/digest-reports/digest.sarif').isFile()
assert new File(basedir, 'site-b/target/digest-reports/digest.sarif').isFile()

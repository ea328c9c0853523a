def log = new File(basedir, 'build.log').text
assert log.contains('digest: 0 errors, 0 warnings in 0 of 1 file')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/digest-reports/digest.sarif').isFile()

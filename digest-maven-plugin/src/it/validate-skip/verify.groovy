def log = new File(basedir, 'build.log').text
assert log.contains('digest: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/digest-reports').exists()

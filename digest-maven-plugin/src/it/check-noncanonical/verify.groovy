def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*2026-03-05\.md/
assert !(log =~ /\[ERROR\] .*2026-03-02\.md/)
assert log.contains('1 post is not in canonical style')

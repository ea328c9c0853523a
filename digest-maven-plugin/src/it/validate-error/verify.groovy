def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] ') && log =~ /posts[\/\\]2026-03-03\.md:3:1: front-matter-date /
assert log.contains('digest: 1 error, 0 warnings in 1 of 2 files')
assert !(log =~ /2026-03-02\.md:\d+/)
def sarif = new File(basedir, 'target/digest-reports/digest.sarif')
assert sarif.isFile()
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
assert json.runs[0].results.any { it.ruleId == 'front-matter-date' }

def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] .*posts[\/\\]2026-03-02\.md:\d+:\d+: entry-without-link /
assert !log.contains('2026-03-04.md')
assert log.contains('digest: 0 errors, 1 warning in 1 of 1 file (fails on warning')
def reports = new File(basedir, 'target/digest-reports')
['digest.sarif', 'digest.json', 'TEST-digest.xml', 'digest.txt'].each { assert new File(reports, it).isFile() : it }
assert reports.list().length == 4
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'digest.json'))
assert json.summary.warnings == 1
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-digest.xml'))
assert junit.toString() != null
assert new File(reports, 'digest.txt').text.contains('entry-without-link')

def log = new File(basedir, 'build.log').text
assert log.contains('every post is in canonical style')
def text = new File(basedir, 'posts/2026-03-05.md').text
assert text.contains('\n- 支持主流显卡\n') && !text.contains('\n\n\n')
assert !text.contains('-   支持主流显卡')

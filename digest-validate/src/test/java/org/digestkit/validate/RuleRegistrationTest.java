package org.digestkit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digestkit.validate.spi.DigestRule;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules are checked when the validator is built: a broken service registration, an id that is not kebab-case, an
 * id the validator reserves and two rules with one id are configuration errors that name the class(es).
 */
class RuleRegistrationTest {
  @TempDir
  Path dir;

  /** A class loader over the test's own, with a services file listing {@code providers}. */
  private ClassLoader registering(String... providers) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(DigestRule.class.getName()), String.join("\n", providers) + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void aMissingProviderClassIsAConfigurationErrorNamingIt() throws Exception {
    ClassLoader loader = registering("com.example.rules.NoSuchRule");
    assertThatThrownBy(() -> DigestValidator.discover(loader))
        .isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining("cannot load a rule")
        .hasMessageContaining("com.example.rules.NoSuchRule")
        .hasMessageContaining("not found");
  }

  @Test
  void aProviderThatIsNotARuleIsAConfigurationErrorNamingIt() throws Exception {
    ClassLoader loader = registering(NotARule.class.getName());
    assertThatThrownBy(() -> DigestValidator.discover(loader))
        .isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining(NotARule.class.getName())
        .hasMessageContaining("not a subtype");
  }

  @Test
  void aWorkingRegistrationAddsItsRuleToTheBuiltInOnes() throws Exception {
    ClassLoader loader = registering(RegisteredRule.class.getName());
    assertThat(DigestValidator.discover(loader)).extracting(DigestRule::id)
        .contains("registered-in-test", "label-corrupted");
  }

  @Test
  void anIdThatIsNotKebabCaseIsRefusedNamingTheClass() {
    for (String id : new String[] {"MaxLength", "max_length", "max--length", "-max", "max-", "", "max length"}) {
      assertThatThrownBy(() -> DigestValidator.builder().rule(TestRule.checking(id, ctx -> { })).build())
          .as(id)
          .isInstanceOf(ValidationConfig.ConfigException.class)
          .hasMessageContaining(TestRule.class.getName())
          .hasMessageContaining("'" + id + "'")
          .hasMessageContaining("not kebab-case");
    }
    assertThat(DigestValidator.builder().rule(TestRule.checking("h3-max-length-2", ctx -> { })).build().rules())
        .extracting(r -> r.rule().id()).contains("h3-max-length-2");
  }

  /** A rule that says what it is through the given answers (null where it says nothing). */
  private record Declaring(String description, Severity defaultSeverity, List<RuleOption> declaredOptions)
      implements DigestRule {
    @Override
    public String id() {
      return "declaring";
    }

    @Override
    public void check(RuleContext ctx) {}
  }

  @Test
  void aRuleMissingADeclarationIsRefusedNamingTheClass() {
    List<RuleOption> none = List.of();
    Map<String, DigestRule> rules = new LinkedHashMap<>();
    rules.put("description", new Declaring(null, Severity.WARNING, none));
    rules.put("default severity", new Declaring("d", null, none));
    rules.put("list of declared options", new Declaring("d", Severity.WARNING, null));
    List<RuleOption> nullOption = new ArrayList<>();
    nullOption.add(null);
    rules.put("a null option", new Declaring("d", Severity.WARNING, nullOption));
    rules.put("an option 'severity'", new Declaring("d", Severity.WARNING,
        List.of(RuleOption.integer("severity", 0, 3, "a key settings use"))));
    rules.put("an option 'enabled'", new Declaring("d", Severity.WARNING,
        List.of(RuleOption.bool("enabled", "a key settings use"))));
    for (Map.Entry<String, DigestRule> e : rules.entrySet()) {
      assertThatThrownBy(() -> DigestValidator.builder().rule(e.getValue()).build())
          .as(e.getKey())
          .isInstanceOf(ValidationConfig.ConfigException.class)
          .hasMessageContaining(Declaring.class.getName())
          .hasMessageContaining(e.getKey());
    }
    assertThat(DigestValidator.builder().rule(new Declaring("d", Severity.INFO,
        List.of(RuleOption.integer("max", 1, 9, "an option of its own")))).build().rules())
        .extracting(r -> r.rule().id()).contains("declaring");
  }

  @Test
  void aRuleThatThrowsWhileSayingWhatItIsIsRefusedNamingTheClass() {
    DigestRule broken = new DigestRule() {
      @Override
      public String id() {
        throw new IllegalStateException("no id yet");
      }

      @Override
      public String description() {
        return "d";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public void check(RuleContext ctx) {}
    };
    assertThatThrownBy(() -> DigestValidator.builder().rule(broken).build())
        .isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining(broken.getClass().getName())
        .hasMessageContaining("no id yet");
  }

  @Test
  void theValidatorsOwnIdsAreReserved() {
    for (String id : DigestValidator.BUILT_IN.keySet()) {
      assertThatThrownBy(() -> DigestValidator.builder().rule(TestRule.checking(id, ctx -> { })).build())
          .isInstanceOf(ValidationConfig.ConfigException.class)
          .hasMessageContaining(TestRule.class.getName())
          .hasMessageContaining("'" + id + "'")
          .hasMessageContaining("reserves");
    }
  }

  @Test
  void aDuplicateIdNamesBothClasses() {
    assertThatThrownBy(() -> DigestValidator.builder().rule(new RegisteredRule("label-corrupted")).build())
        .isInstanceOf(ValidationConfig.ConfigException.class)
        .hasMessageContaining("two rules have the id 'label-corrupted'")
        .hasMessageContaining("org.digestkit.validate.rules.LabelCorruptedRule")
        .hasMessageContaining(RegisteredRule.class.getName());
  }

  /** A class a services file names by mistake: public, but not a rule. */
  public static final class NotARule {
    /** For the service loader. */
    public NotARule() {}
  }

  /** A rule a services file can name (public, with a public no-argument constructor). */
  public static final class RegisteredRule implements DigestRule {
    private final String id;

    /** The rule as the service loader makes it. */
    public RegisteredRule() {
      this("registered-in-test");
    }

    RegisteredRule(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "a rule registered by a test";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public void check(org.digestkit.validate.spi.RuleContext context) {}
  }
}

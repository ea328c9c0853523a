/**
 * digestkit validate: rules with ids, severities and positions, profiles, configuration and suppression. The
 * rule SPI is {@code org.digestkit.validate.spi}; the built-in rules are provided as services and are not API.
 */
module org.digestkit.validate {
  requires transitive org.digestkit.core;
  requires org.commonmark; // block structure for suppressions; bold fixes checked as commonmark-java renders them
  requires org.commonmark.ext.gfm.tables;
  requires com.networknt.schema; // front-matter-schema
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires static transitive org.jspecify; // nullness annotations in the API

  exports org.digestkit.validate;
  exports org.digestkit.validate.spi;

  // Hibernate Validator reads the front-matter fields and creates their constraint validators by reflection
  opens org.digestkit.validate.internal to org.hibernate.validator;

  uses org.digestkit.validate.spi.DigestRule;

  // the same list as META-INF/services/org.digestkit.validate.spi.DigestRule (the class path reads that one)
  provides org.digestkit.validate.spi.DigestRule with
      org.digestkit.validate.rules.BidiControlRule,
      org.digestkit.validate.rules.BoldNotRenderedRule,
      org.digestkit.validate.rules.ControlCharacterRule,
      org.digestkit.validate.rules.CoverImagePatternRule,
      org.digestkit.validate.rules.DateCoverOffsetRule,
      org.digestkit.validate.rules.DateFileNameRule,
      org.digestkit.validate.rules.EntryWithoutLinkRule,
      org.digestkit.validate.rules.FewItemsRule,
      org.digestkit.validate.rules.FileNameRule,
      org.digestkit.validate.rules.FooterTemplateRule,
      org.digestkit.validate.rules.FrontMatterConstantRule,
      org.digestkit.validate.rules.FrontMatterConstraintRule,
      org.digestkit.validate.rules.FrontMatterDateRule,
      org.digestkit.validate.rules.FrontMatterRequiredRule,
      org.digestkit.validate.rules.FrontMatterSchemaRule,
      org.digestkit.validate.rules.GeneratorLeftoverRule,
      org.digestkit.validate.rules.H1TitleRule,
      org.digestkit.validate.rules.ItemEmptyRule,
      org.digestkit.validate.rules.LabelCorruptedRule,
      org.digestkit.validate.rules.LinkDuplicateRule,
      org.digestkit.validate.rules.LinkNotHttpsRule,
      org.digestkit.validate.rules.LinkSiteRootRule,
      org.digestkit.validate.rules.LinkUnsafeRule,
      org.digestkit.validate.rules.NumberingCorruptedRule,
      org.digestkit.validate.rules.NumberingSequenceRule,
      org.digestkit.validate.rules.SectionEmptyRule,
      org.digestkit.validate.rules.StubPostRule,
      org.digestkit.validate.rules.SummaryExceedsBodyRule,
      org.digestkit.validate.rules.SummaryHeadlineMismatchRule,
      org.digestkit.validate.rules.SummaryMissingRule,
      org.digestkit.validate.rules.SummaryShapeRule,
      org.digestkit.validate.rules.SummaryUnsupportedRule;
}

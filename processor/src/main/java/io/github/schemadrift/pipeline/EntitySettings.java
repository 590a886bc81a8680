package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.Decision;
import io.github.schemadrift.config.HibernateSettings;
import io.github.schemadrift.entity.AuditSettings;
import io.github.schemadrift.entity.TypePreferences;
import io.github.schemadrift.options.ProcessorOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of entity reading: quoting, Hibernate's type settings and Hibernate Envers' naming. Each one that is set is
 * added to the summary's decisions, after the project's setting problems.
 *
 * @param quoteAll whether every identifier is quoted
 * @param quoteKeywords whether identifiers that are SQL keywords are quoted
 * @param quotingProblem an unknown globally-quoted value, or a type setting that names no JDBC type
 * @param envers Hibernate Envers' naming settings
 */
record EntitySettings(boolean quoteAll, boolean quoteKeywords, Optional<String> quotingProblem, AuditSettings envers) {

  static EntitySettings of(Map<String, String> raw, ProjectFiles files, List<String> decided) {
    HibernateSettings hibernate = files.hibernate();
    String quoteAllSource = "option -A" + ProcessorOption.QUOTE_IDENTIFIERS.key();
    String quoteAll = raw.get(ProcessorOption.QUOTE_IDENTIFIERS.key());
    if (quoteAll == null && hibernate.globallyQuoted().isPresent()) {
      quoteAll = hibernate.globallyQuoted().get().value();
      quoteAllSource = hibernate.globallyQuoted().get().source();
    }
    quoteAll = quoteAll == null ? "false" : quoteAll.trim().toLowerCase(Locale.ROOT);
    Optional<String> problem =
        quoteAll.equals("true") || quoteAll.equals("false")
            ? Optional.empty()
            : Optional.of(quoteAllSource + " has unknown value '" + quoteAll + "'; valid values: true, false");
    if (quoteAll.equals("true")) {
      decided.add("globally quoted identifiers from " + quoteAllSource);
    }
    boolean quoteKeywords = hibernate.autoQuoteKeyword().map(d -> d.value().trim().equalsIgnoreCase("true")).orElse(false);
    hibernate.autoQuoteKeyword().ifPresent(d -> decided.add("hibernate auto_quote_keyword " + d.value().trim() + " from " + d.source()));
    try { // Hibernate's type settings: checked here, so that a wrong value stops before entities are read
      TypePreferences.of(typeSetting(hibernate));
      TypePreferences.KEYS.forEach(k -> hibernate.setting(k)
          .ifPresent(d -> decided.add("hibernate " + k + " " + d.value().trim() + " from " + d.source())));
    } catch (IllegalArgumentException e) {
      problem = problem.or(() -> Optional.of("hibernate " + e.getMessage()));
    }
    files.problems().forEach(p -> decided.add("note: " + p));
    return new EntitySettings(quoteAll.equals("true"), quoteKeywords, problem, enversSettings(hibernate, decided));
  }

  /** Hibernate's settings by key without {@code hibernate.}, for {@link TypePreferences#of}. */
  static java.util.function.Function<String, String> typeSetting(HibernateSettings hibernate) {
    return k -> hibernate.setting(k).map(Decision::value).orElse(null);
  }

  /** Hibernate Envers' naming settings; each one that is set is named in the summary. */
  private static AuditSettings enversSettings(HibernateSettings hibernate, List<String> decided) {
    AuditSettings d = AuditSettings.DEFAULTS;
    for (String key : List.of("audit_table_prefix", "audit_table_suffix", "revision_field_name", "revision_type_field_name",
        "do_not_audit_optimistic_locking_field")) {
      hibernate.envers(key).ifPresent(v -> decided.add("envers " + key + " '" + v.value() + "' from " + v.source()));
    }
    for (String key : AuditSettings.MORE_KEYS) {
      hibernate.envers(key).ifPresent(v -> decided.add("envers " + key + " '" + v.value() + "' from " + v.source()));
    }
    return new AuditSettings(
        hibernate.envers("audit_table_prefix").map(Decision::value).orElse(d.tablePrefix()),
        hibernate.envers("audit_table_suffix").map(Decision::value).orElse(d.tableSuffix()),
        hibernate.envers("revision_field_name").map(Decision::value).filter(v -> !v.isBlank()).orElse(d.revisionField()),
        hibernate.envers("revision_type_field_name").map(Decision::value).filter(v -> !v.isBlank()).orElse(d.revisionTypeField()),
        hibernate.envers("do_not_audit_optimistic_locking_field").map(v -> v.value().trim().equalsIgnoreCase("false"))
            .orElse(d.auditVersion()))
        .withMore(key -> hibernate.envers(key).map(Decision::value));
  }
}

package io.github.schemadrift.pipeline;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.nativesql.NativeSql;
import io.github.schemadrift.nativesql.NativeSqlReader;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.NativeQueryRule;
import io.github.schemadrift.rules.Rule;
import io.github.schemadrift.rules.Rules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The last round's check of native SQL: the repositories and other types that hold native SQL
 * (kept by qualified name across rounds) and the entities are read for it, and the {@code
 * native-query} rule, when it is among the rules, checks it against the schema.
 */
final class NativeQueryStage {

  private NativeQueryStage() {}

  /**
   * The findings of the native SQL in these types; a failure becomes one internal-error finding.
   * {@code known}: the types this round already looked up by qualified name (javac's look-up is costly).
   */
  static List<Finding> run(ProcessingEnvironment env, List<Rule> checks, Collection<String> holderNames, List<EntityModel> entities,
      SchemaModel schema, Map<String, TypeElement> known) {
    String version = ProcessorVersion.get();
    NativeQueryRule rule = (NativeQueryRule) checks.stream().filter(NativeQueryRule.class::isInstance).findFirst().orElse(null);
    if (rule == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    try {
      Map<String, EntityModel> byName = new HashMap<>();
      entities.forEach(e -> byName.put(e.qualifiedName(), e));
      Set<String> names = new LinkedHashSet<>(holderNames);
      names.addAll(byName.keySet());
      List<TypeElement> types = new ArrayList<>();
      for (String name : names) {
        TypeElement type = known.containsKey(name) ? known.get(name) : env.getElementUtils().getTypeElement(name);
        if (type != null) {
          types.add(type);
        }
      }
      List<NativeSql> sqls = new NativeSqlReader(env.getTypeUtils(), byName).read(types);
      rule.checkSql(sqls, schema, version, findings::add);
    } catch (RuntimeException e) {
      findings.add(new Finding(Rules.INTERNAL_ERROR, Rules.INTERNAL_ERROR.defaultSeverity(),
          Messages.internalError(version, "rule " + NativeQueryRule.DESCRIPTOR.id(), e), SourcePosition.NONE, null,
          "~rule " + NativeQueryRule.DESCRIPTOR.id()));
    }
    return findings;
  }
}

package dev.retort.schema.dsl;

import dev.retort.schema.model.Grant;
import dev.retort.schema.model.ObjectId;
import dev.retort.schema.model.Policy;
import dev.retort.schema.model.Privileges;
import dev.retort.schema.model.RowSecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * SecuritySources writes the DSL statements of row-level security, policies and privileges for
 * {@link ObjectSources}. Privileges on one object may need several statements (different privileges for different
 * roles); they are joined into one statement text, separated by semicolons and new lines.
 */
final class SecuritySources {

    // the indentation JavaSourceWriter gives the statements of declareObjects()
    private static final String NEXT_STATEMENT = ";\n        ";

    private SecuritySources() {
    }

    static String rowSecurity(RowSecurity security, String namespace) {
        return namespace + "rowLevelSecurity(" + JavaCode.string(security.table().name()) + ")"
                + (security.forced() ? ".force()" : "") + (security.enabled() ? "" : ".notEnabled()");
    }

    static String policy(Policy policy, String namespace) {
        StringBuilder out = new StringBuilder(namespace).append("policy(").append(JavaCode.string(policy.name()))
                .append(", ").append(JavaCode.string(policy.table().name())).append(")");
        if (!policy.command().equals("ALL")) {
            out.append(".forCommand(").append(JavaCode.string(policy.command())).append(")");
        }
        if (!policy.permissive()) {
            out.append(".restrictive()");
        }
        if (!policy.toPublic() || policy.roles().size() > 1) {
            out.append(".to(").append(JavaCode.strings(policy.roles())).append(")");
        }
        if (policy.using() != null) {
            out.append(".using(").append(JavaCode.string(policy.using())).append(")");
        }
        if (policy.withCheck() != null) {
            out.append(".withCheck(").append(JavaCode.string(policy.withCheck())).append(")");
        }
        if (policy.comment() != null) {
            out.append(".comment(").append(JavaCode.string(policy.comment())).append(")");
        }
        return out.toString();
    }

    static String privileges(Privileges privileges, String namespace) {
        String target = target(privileges.target());
        List<String> statements = new ArrayList<>();
        // one statement per set of privileges and grant option, for all the roles that hold exactly that
        Map<String, List<String>> rolesBySet = new TreeMap<>();
        Map<String, List<Grant>> byRole = privileges.grants().stream()
                .collect(Collectors.groupingBy(g -> g.grantee() + "\0" + g.grantOption(), TreeMap::new, Collectors.toList()));
        byRole.forEach((key, grants) -> {
            String set = JavaCode.strings(grants.stream().map(Grant::privilege).toList())
                    + "\0" + grants.get(0).grantOption();
            rolesBySet.computeIfAbsent(set, k -> new ArrayList<>()).add(grants.get(0).grantee());
        });
        rolesBySet.forEach((set, roles) -> {
            String[] parts = set.split("\0");
            statements.add(namespace + "grant(" + parts[0] + ")" + target + ".to(" + JavaCode.strings(roles) + ")"
                    + (Boolean.parseBoolean(parts[1]) ? ".withGrantOption()" : ""));
        });
        if (!privileges.revoked().isEmpty()) {
            statements.add(namespace + "revokeDefault(" + JavaCode.strings(privileges.revoked().stream()
                    .map(Grant::privilege).toList()) + ")" + target + ".fromPublic()");
        }
        return String.join(NEXT_STATEMENT, statements);
    }

    private static String target(ObjectId target) {
        String name = JavaCode.string(target.name().name());
        return switch (target.kind()) {
            case TABLE -> ".onTable(" + name + ")";
            case VIEW -> ".onView(" + name + ")";
            case MATERIALIZED_VIEW -> ".onMaterializedView(" + name + ")";
            case COLUMN -> ".onColumns(" + name + ", " + JavaCode.string(target.member()) + ")";
            case SEQUENCE -> ".onSequence(" + name + ")";
            case SCHEMA -> ".onSchema(" + JavaCode.string(target.name().schema()) + ")";
            case FUNCTION -> ".onFunction(" + name + ", " + JavaCode.string(target.member()) + ")";
            case PROCEDURE -> ".onProcedure(" + name + ", " + JavaCode.string(target.member()) + ")";
            case TYPE -> ".onType(" + name + ")";
            case DOMAIN -> ".onDomain(" + name + ")";
            default -> ".on(dev.retort.schema.model.ObjectId.of(dev.retort.schema.model.ObjectKind." + target.kind().name()
                    + ", dev.retort.schema.model.QualifiedName.of(" + JavaCode.string(target.name().schema()) + ", "
                    + name + ")))";
        };
    }
}

package com.guanxi.decision;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import com.guanxi.tags.Severity;
import com.guanxi.tags.TagCatalogue;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The expression language of rulesets: CEL (Common Expression Language, cel.dev), a safe, side-effect-free,
 * non-Turing-complete language; every expression is parsed and type-checked once, then its program is shared
 * by all threads.
 *
 * <p>What an expression sees:
 * <pre>
 * applicant  : guanxi.Subject            the borrower
 * guarantors : list(guanxi.Subject)      the proposed guarantors, in request order
 * request    : guanxi.Request
 *
 * guanxi.Subject { id, role ('applicant'|'guarantor'): string; tags: list(guanxi.Tag); features: map(string, dyn) }
 * guanxi.Tag     { code, nameZh, nameEn, severity ('high'|'medium'|'low'), subjectId, asOf (ISO date), version,
 *                  runId: string; evidence: map(string, dyn) }
 * guanxi.Request { id, applicant, product, asOf: string; guarantors: list(string); amount: double (CNY yuan) }
 * </pre>
 * e.g. {@code applicant.tags.exists(t, t.code == 'GUARANTEE_LOOP')},
 * {@code guarantors.exists(g, g.tags.exists(t, t.severity == 'high'))}, {@code request.amount > 5000000.0},
 * {@code applicant.features.?guaranteeToCapital.orValue(0.0) > 2.0}. The standard macros and the optional,
 * strings and math extensions are available; integers and doubles compare with each other.
 *
 * <p>The structure is declared to the type checker, so a misspelt field ({@code t.cod}) or a type mismatch
 * ({@code t.severity == 3}) fails when the ruleset loads, and so does a tag code or severity literal that the
 * catalogue does not know ({@code t.code == 'GUARANTE_LOOP'}), which would otherwise silently never match.
 * At run time the values are plain immutable maps and lists (CEL selects map entries by field name).
 */
final class RuleExpressions {
    static final String TAG_TYPE = "guanxi.Tag";
    static final String SUBJECT_TYPE = "guanxi.Subject";
    static final String REQUEST_TYPE = "guanxi.Request";
    /** Bound on the iterations of one comprehension: evaluation cost stays bounded whatever the input. */
    static final int MAX_COMPREHENSION_ITERATIONS = 100_000;

    private static final CelType STRING_TO_DYN = MapType.create(SimpleType.STRING, SimpleType.DYN);
    private static final StructType TAG = struct(TAG_TYPE, ImmutableMap.<String, CelType>builder()
            .put("code", SimpleType.STRING)
            .put("nameZh", SimpleType.STRING)
            .put("nameEn", SimpleType.STRING)
            .put("severity", SimpleType.STRING)
            .put("subjectId", SimpleType.STRING)
            .put("evidence", STRING_TO_DYN)
            .put("asOf", SimpleType.STRING)
            .put("version", SimpleType.STRING)
            .put("runId", SimpleType.STRING)
            .buildOrThrow());
    private static final StructType SUBJECT = struct(SUBJECT_TYPE, ImmutableMap.<String, CelType>builder()
            .put("id", SimpleType.STRING)
            .put("role", SimpleType.STRING)
            .put("tags", ListType.create(StructTypeReference.create(TAG_TYPE)))
            .put("features", STRING_TO_DYN)
            .buildOrThrow());
    private static final StructType REQUEST = struct(REQUEST_TYPE, ImmutableMap.<String, CelType>builder()
            .put("id", SimpleType.STRING)
            .put("applicant", SimpleType.STRING)
            .put("guarantors", ListType.create(SimpleType.STRING))
            .put("amount", SimpleType.DOUBLE)
            .put("product", SimpleType.STRING)
            .put("asOf", SimpleType.STRING)
            .buildOrThrow());

    private static final Cel CEL = buildCel();

    private RuleExpressions() {
    }

    /**
     * A compiled condition and which of the subjects' tags it can see at all (an expression that never names
     * {@code guarantors} cannot depend on a guarantor's tags).
     */
    record Compiled(CelRuntime.Program program, boolean readsApplicant, boolean readsGuarantors) {
    }

    /**
     * Parses, type-checks and plans one boolean expression.
     *
     * @param label      shown in error messages (the rule id)
     * @param expression CEL source
     * @param catalogue  the tag codes that literals compared with {@code .code} must belong to
     * @return a thread-safe program
     * @throws IllegalArgumentException with CEL's message (line, column, caret) when the expression is not a
     *                                  valid boolean expression over the declared inputs
     */
    static Compiled compile(String label, String expression, TagCatalogue catalogue) {
        if (expression == null || expression.isBlank()) throw new IllegalArgumentException("the expression is empty");
        CelValidationResult result = CEL.compile(expression, label);
        CelAbstractSyntaxTree ast;
        try {
            ast = result.getAst();
        } catch (CelValidationException e) {
            throw new IllegalArgumentException(result.getErrorString(), e);
        }
        List<String> unknown = unknownLiterals(ast, catalogue);
        if (!unknown.isEmpty()) throw new IllegalArgumentException(String.join("; ", unknown));
        Set<String> variables = referencedVariables(ast);
        try {
            return new Compiled(CEL.createProgram(ast), variables.contains("applicant"), variables.contains("guarantors"));
        } catch (CelEvaluationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Names of the declared variables the expression refers to (comprehension variables have no reference). */
    private static Set<String> referencedVariables(CelAbstractSyntaxTree ast) {
        Set<String> names = new LinkedHashSet<>();
        CelNavigableAst.fromAst(ast).getRoot().allNodes().map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == CelExpr.ExprKind.Kind.IDENT)
                .forEach(e -> ast.getReference(e.id()).ifPresent(ref -> names.add(ref.name())));
        return names;
    }

    /** Evaluates a compiled condition; anything but a boolean result is an evaluation error. */
    static boolean holds(CelRuntime.Program program, CelVariableResolver variables) throws CelEvaluationException {
        Object value = program.eval(variables);
        if (value instanceof Boolean b) return b;
        throw new IllegalStateException("expression gave " + value + " instead of true or false");
    }

    /**
     * Finds string literals compared with a tag's {@code code} or {@code severity} ({@code ==}, {@code !=},
     * {@code in [...]}) that are not a catalogue code or a severity. Type information tells a tag's
     * {@code code} from any other field called {@code code}.
     */
    private static List<String> unknownLiterals(CelAbstractSyntaxTree ast, TagCatalogue catalogue) {
        Set<String> problems = new LinkedHashSet<>();
        CelNavigableAst.fromAst(ast).getRoot().allNodes().map(CelNavigableExpr::expr)
                .filter(e -> e.getKind() == CelExpr.ExprKind.Kind.CALL)
                .forEach(call -> {
                    String fn = call.call().function();
                    List<CelExpr> args = call.call().args();
                    if (args.size() != 2) return;
                    if (fn.equals("_==_") || fn.equals("_!=_")) {
                        checkLiteral(ast, args.get(0), List.of(args.get(1)), catalogue, problems);
                        checkLiteral(ast, args.get(1), List.of(args.get(0)), catalogue, problems);
                    } else if (fn.equals("@in") && args.get(1).getKind() == CelExpr.ExprKind.Kind.LIST) {
                        checkLiteral(ast, args.get(0), args.get(1).list().elements(), catalogue, problems);
                    }
                });
        return new ArrayList<>(problems);
    }

    private static void checkLiteral(CelAbstractSyntaxTree ast, CelExpr field, List<CelExpr> literals,
                                     TagCatalogue catalogue, Set<String> problems) {
        if (field.getKind() != CelExpr.ExprKind.Kind.SELECT) return;
        Optional<CelType> operandType = ast.getType(field.select().operand().id());
        if (operandType.isEmpty() || !TAG_TYPE.equals(operandType.get().name())) return;
        String name = field.select().field();
        for (CelExpr literal : literals) {
            if (literal.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                    || literal.constant().getKind() != CelConstant.Kind.STRING_VALUE) continue;
            String value = literal.constant().stringValue();
            if (name.equals("code") && !catalogue.contains(value)) {
                problems.add("unknown tag code '" + value + "' (not in the tag catalogue)");
            } else if (name.equals("severity") && !isSeverity(value)) {
                problems.add("unknown severity '" + value + "' (expected high, medium or low)");
            }
        }
    }

    private static boolean isSeverity(String value) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(value)) return true;
        }
        return false;
    }

    private static StructType struct(String name, ImmutableMap<String, CelType> fields) {
        return StructType.create(name, fields.keySet(), field -> Optional.ofNullable(fields.get(field)));
    }

    private static Cel buildCel() {
        CelOptions options = CelOptions.current()
                .enableHeterogeneousNumericComparisons(true)
                .enableOptionalSyntax(true)
                .comprehensionMaxIterations(MAX_COMPREHENSION_ITERATIONS)
                .build();
        return CelFactory.standardCelBuilder()
                .setOptions(options)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setTypeProvider(new GuanxiTypes())
                .addVar("applicant", SUBJECT)
                .addVar("guarantors", ListType.create(SUBJECT))
                .addVar("request", REQUEST)
                .addCompilerLibraries(CelExtensions.optional(), CelExtensions.strings(), CelExtensions.math(options))
                .addRuntimeLibraries(CelExtensions.optional(), CelExtensions.strings(), CelExtensions.math(options))
                .setResultType(SimpleType.BOOL)
                .build();
    }

    /** Declares the three input structures to the type checker. */
    private static final class GuanxiTypes implements CelTypeProvider {
        private static final ImmutableMap<String, CelType> TYPES = ImmutableMap.of(
                TAG_TYPE, TAG, SUBJECT_TYPE, SUBJECT, REQUEST_TYPE, REQUEST);

        @Override
        public ImmutableCollection<CelType> types() {
            return TYPES.values();
        }

        @Override
        public Optional<CelType> findType(String typeName) {
            return Optional.ofNullable(TYPES.get(typeName));
        }
    }
}

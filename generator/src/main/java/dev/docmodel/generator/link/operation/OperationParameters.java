package dev.docmodel.generator.link.operation;

import dev.docmodel.generator.diag.DiagnosticCode;
import dev.docmodel.generator.diag.Diagnostics;
import dev.docmodel.generator.link.TypeExpression;
import dev.docmodel.generator.model.EnumType;
import dev.docmodel.generator.model.Operation;
import dev.docmodel.generator.model.Primitive;
import dev.docmodel.generator.model.QualifiedName;
import dev.docmodel.generator.model.TypeDefinition;
import dev.docmodel.generator.model.TypeRef;
import dev.docmodel.generator.read.Page;
import dev.docmodel.generator.read.PossibleValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pass 4, the parameters of an operation with their types: an action's from the tables of its
 * Request body section, a function's from its Function parameters (or Parameters) section and the
 * names its call segments show. A table is a parameter table when its first column is headed
 * Parameter, Name or Property and another column Type (or, on some pages, Value).
 */
final class OperationParameters {
  private static final Pattern OPTIONAL = Pattern.compile("\\boptional\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUIRED = Pattern.compile("\\brequired\\b", Pattern.CASE_INSENSITIVE);

  private OperationParameters() {}

  static List<Operation.Parameter> of(OperationDraft draft, ModelIndex index,
      Diagnostics diagnostics) {
    Map<String, Operation.Parameter> byName = new LinkedHashMap<>();
    for (Page.Table table : draft.page().tables()) {
      if (!documents(table, draft.kind())) {
        continue;
      }
      int name = column(table, "parameter", "name", "property", "parameter name");
      int type = column(table, "type");
      type = type >= 0 ? type : column(table, "value");
      int description = column(table, "description");
      if (name != 0 || type < 0) {
        continue;
      }
      for (Page.Row row : table.rows()) {
        Operation.Parameter parameter = parameter(row, type, description, index, diagnostics);
        if (parameter != null) {
          byName.putIfAbsent(parameter.name().toLowerCase(Locale.ROOT), parameter);
        }
      }
    }
    Operation.Parameter wrapper = wrapper(draft, index, byName);
    if (wrapper != null) {
      byName.clear();
      byName.put(wrapper.name().toLowerCase(Locale.ROOT), wrapper);
    }
    for (String argument : draft.arguments()) {
      if (QualifiedName.isIdentifier(argument)) {
        byName.putIfAbsent(argument.toLowerCase(Locale.ROOT), new Operation.Parameter(argument,
            TypeRef.of(Primitive.STRING), false, false, "", draft.lines().get(0).location()));
      }
    }
    return List.copyOf(byName.values());
  }

  /** "provide an optional `passwordCredential` object with the following properties". */
  private static final Pattern WRAPPER = Pattern.compile(
      "\\b(?:an?|the)\\s+(optional\\s+)?`([A-Za-z_]\\w*)`\\s+object\\s+with\\s+the\\s+"
          + "following\\s+properties", Pattern.CASE_INSENSITIVE);

  /**
   * Where the Request body section says the table lists the properties of one object parameter
   * ("provide an optional `passwordCredential` object with the following properties"), that
   * object is the parameter, typed as the type of its name, and the rows are its properties.
   */
  private static Operation.Parameter wrapper(OperationDraft draft, ModelIndex index,
      Map<String, Operation.Parameter> rows) {
    Page.Located<String> intro = draft.page().requestBodyText();
    java.util.regex.Matcher m = intro == null || draft.kind() == Operation.Kind.FUNCTION
        ? null : WRAPPER.matcher(intro.value());
    if (m == null || !m.find() || rows.isEmpty()) {
      return null;
    }
    TypeDefinition type = index.byName(m.group(2));
    return type == null ? null : new Operation.Parameter(m.group(2), TypeRef.of(type.name()),
        false, m.group(1) != null, intro.value(), intro.location());
  }

  private static boolean documents(Page.Table table, Operation.Kind kind) {
    String section = table.section().strip().toLowerCase(Locale.ROOT);
    return kind == Operation.Kind.ACTION ? section.startsWith("request body")
        : section.startsWith("function parameters") || section.equals("parameters");
  }

  private static int column(Page.Table table, String... names) {
    for (int i = 0; i < table.header().size(); i++) {
      String header = table.header().get(i).strip().toLowerCase(Locale.ROOT);
      for (String name : names) {
        if (header.equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Operation.Parameter parameter(Page.Row row, int typeColumn, int descriptionColumn,
      ModelIndex index, Diagnostics diagnostics) {
    Page.Cell nameCell = row.cell(0);
    Page.Cell typeCell = row.cell(typeColumn);
    if (nameCell == null || typeCell == null) {
      return null;
    }
    // Emphasis and code spans are markup; any other character makes no parameter name (a-b is
    // not ab: the name is what the body's JSON says).
    String name = nameCell.text().replace("*", "").replace("`", "").strip();
    if (!QualifiedName.isIdentifier(name)) {
      return null;
    }
    Page.Cell descriptionCell = descriptionColumn < 0 ? null : row.cell(descriptionColumn);
    String description = descriptionCell == null ? "" : descriptionCell.text();
    boolean optional = OPTIONAL.matcher(description).find()
        && !REQUIRED.matcher(description).find();
    TypeExpression expression = TypeExpression.parse(typeCell);
    TypeRef type = expression == null ? null : type(expression, index);
    if (type instanceof TypeRef.PrimitiveRef p && p.primitive() == Primitive.STRING
        && descriptionCell != null) {
      type = listedEnum(name, PossibleValues.listed(description, descriptionCell.codeSpans()),
          index, type);
    }
    if (type == null) {
      diagnostics.report(DiagnosticCode.OPERATION_TYPE_UNRESOLVED, typeCell.location(),
          "`" + typeCell.text() + "` is no type of the model; " + name + " is typed as any JSON "
              + "value");
      type = TypeRef.of(Primitive.UNTYPED);
    }
    return new Operation.Parameter(name, type, expression != null && expression.collection(),
        optional, descriptionCell == null ? "" : descriptionCell.markdown(), row.location());
  }

  /**
   * A String parameter whose description lists its possible values ("Possible values are `None`,
   * `Busy` and `Forbidden`") is the documented enum that has them all: the one, or of several
   * the one whose name ends with the parameter's or ends the parameter's (reason: rejectReason;
   * acceptedModalities: modality). Otherwise a String.
   */
  private static TypeRef listedEnum(String parameter, List<String> values, ModelIndex index,
      TypeRef string) {
    if (values.size() < 2) {
      return string;
    }
    List<EnumType> having = index.model().enumTypes().stream().filter(e -> !e.inferred())
        .filter(e -> e.members().stream()
        .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet())
        .containsAll(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList())).toList();
    if (having.size() > 1) {
      String name = singular(parameter.toLowerCase(Locale.ROOT));
      having = having.stream().filter(e -> {
        String enumName = e.name().name().toLowerCase(Locale.ROOT);
        return enumName.endsWith(name) || name.endsWith(enumName);
      }).toList();
    }
    if (having.size() > 1) { // modality, and callRecords.modality: the default namespace's
      String namespace = index.model().defaultNamespace();
      having = having.stream().filter(e -> e.name().namespace().equals(namespace)).toList();
    }
    return having.size() == 1 ? TypeRef.of(having.get(0).name()) : string;
  }

  private static String singular(String name) {
    return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
        : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  private static TypeRef type(TypeExpression expression, ModelIndex index) {
    if (expression.primitive() != null) {
      return TypeRef.of(expression.primitive());
    }
    TypeDefinition type = index.byLink(expression.linkDestination());
    type = type != null ? type : index.byName(expression.typeName());
    return type == null ? null : TypeRef.of(type.name());
  }
}

package dev.docmodel.generator.emit;

import dev.docmodel.generator.api.ReservedNames;
import java.util.Locale;
import java.util.Set;

/** How documented names become Java names, and why one had to change. */
final class JavaNames {
  private JavaNames() {}

  /**
   * Names of java.lang types: a generated type may take one (it shadows the implicit import in its
   * own package, whose code then names java.lang's in full).
   */
  static final Set<String> JAVA_LANG = Set.of("String", "Object", "Class", "Record", "Enum",
      "Error", "Exception", "Thread", "Process", "System", "Module", "Override", "Integer", "Long",
      "Short", "Byte", "Boolean", "Float", "Double", "Character", "Number", "Math", "Void",
      "Iterable", "Comparable", "Runtime", "Deprecated", "SuppressWarnings", "FunctionalInterface",
      "SafeVarargs", "Package", "StringBuilder", "Throwable", "RuntimeException", "Cloneable",
      "AutoCloseable", "Runnable", "ClassLoader", "Compiler", "CharSequence",
      "StackOverflowError", "InterruptedException", "Appendable", "Readable");

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** {@code NotConfigured} → {@code NOT_CONFIGURED}; {@code unknownFutureValue} → {@code UNKNOWN_FUTURE_VALUE}. */
  static String constantName(String member) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < member.length(); i++) {
      char c = member.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(member.charAt(i - 1))
          || Character.isDigit(member.charAt(i - 1))
          || (i + 1 < member.length() && Character.isLowerCase(member.charAt(i + 1))
              && Character.isUpperCase(member.charAt(i - 1))))) {
        sb.append('_');
      }
      sb.append(Character.toUpperCase(c));
    }
    return sb.toString();
  }

  /**
   * Why {@code wanted}, made from the documented {@code name}, could not be used as it is;
   * {@code type} for a class name.
   */
  static String why(String wanted, String name, boolean type) {
    String legal = NameAllocator.toJavaIdentifier(wanted);
    if (!legal.equals(wanted)) {
      return "'" + name + "' is not a Java identifier";
    }
    if (ReservedNames.INHERITED_MEMBERS.contains("get" + wanted)
        || ReservedNames.INHERITED_MEMBERS.contains("set" + wanted)
        || ReservedNames.INHERITED_MEMBERS.contains("has" + wanted)) {
      return "every model class inherits a method of that name";
    }
    return "another name takes '" + wanted + "' here (names that differ only in case collide)";
  }
}

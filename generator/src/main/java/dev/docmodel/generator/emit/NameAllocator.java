package dev.docmodel.generator.emit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Hands out legal, unique Java identifiers. Uniqueness can be case-insensitive, so that two
 * classes whose names differ only by case never collide on a case-insensitive file system.
 */
final class NameAllocator {
  private final Set<String> taken = new HashSet<>();
  private final boolean ignoreCase;

  NameAllocator(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  NameAllocator copy() {
    NameAllocator copy = new NameAllocator(ignoreCase);
    copy.taken.addAll(taken);
    return copy;
  }

  /** Marks a name as used without allocating it (generated members, runtime names). */
  void reserve(String name) {
    taken.add(key(name));
  }

  boolean isTaken(String name) {
    return taken.contains(key(name));
  }

  /** A legal identifier close to {@code suggestion}, unique in this allocator. */
  String allocate(String suggestion) {
    String base = toJavaIdentifier(suggestion);
    String candidate = base;
    for (int i = 2; !taken.add(key(candidate)); i++) {
      candidate = base + "_" + i;
    }
    return candidate;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }

  /** Replaces illegal characters, prefixes a leading digit, and escapes keywords. */
  static String toJavaIdentifier(String suggestion) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < suggestion.length(); ) {
      int cp = suggestion.codePointAt(i);
      if (sb.length() == 0 ? Character.isJavaIdentifierStart(cp) : Character.isJavaIdentifierPart(cp)) {
        if (cp != '$' && !Character.isIdentifierIgnorable(cp)) {
          sb.appendCodePoint(cp);
        } else {
          sb.append('_');
        }
      } else if (sb.length() == 0 && Character.isJavaIdentifierPart(cp)) {
        sb.append('_').appendCodePoint(cp);
      } else {
        sb.append('_');
      }
      i += Character.charCount(cp);
    }
    String name = sb.length() == 0 ? "_x" : sb.toString();
    if (name.chars().allMatch(c -> c == '_')) {
      name = name + "x";
    }
    if (SourceVersion.isKeyword(name) || isRestricted(name)) {
      name = name + "_";
    }
    return name;
  }

  /** Contextual keywords that cannot name a type. */
  private static boolean isRestricted(String name) {
    return switch (name) {
      case "var", "yield", "record", "sealed", "permits", "non-sealed", "_" -> true;
      default -> false;
    };
  }
}

package dev.docmodel.generator.emit;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * The name of a method, taken from a method reference, so that the compiler checks that the
 * runtime method the generated code calls exists with that shape: a renamed or removed runtime
 * method breaks the generator's build, not the generated code. A serializable lambda knows the
 * method it refers to; nothing is invoked.
 */
final class MethodRefs {
  private MethodRefs() {}

  /** A reference to a method of one argument (the receiver, for an instance method). */
  @FunctionalInterface
  interface Ref1<A> extends Serializable {
    void accept(A a) throws Exception;
  }

  @FunctionalInterface
  interface Ref2<A, B> extends Serializable {
    void accept(A a, B b) throws Exception;
  }

  @FunctionalInterface
  interface Ref3<A, B, C> extends Serializable {
    void accept(A a, B b, C c) throws Exception;
  }

  @FunctionalInterface
  interface Ref4<A, B, C, D> extends Serializable {
    void accept(A a, B b, C c, D d) throws Exception;
  }

  @FunctionalInterface
  interface Ref5<A, B, C, D, E> extends Serializable {
    void accept(A a, B b, C c, D d, E e) throws Exception;
  }

  @FunctionalInterface
  interface Ref6<A, B, C, D, E, F> extends Serializable {
    void accept(A a, B b, C c, D d, E e, F f) throws Exception;
  }

  /** The name of the method {@code reference} refers to. */
  static String name(Serializable reference) {
    try {
      Method writeReplace = reference.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      SerializedLambda lambda = (SerializedLambda) writeReplace.invoke(reference);
      String name = lambda.getImplMethodName();
      if (name.startsWith("lambda$")) {
        throw new IllegalArgumentException("not a method reference: " + name);
      }
      return name;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read a method reference", e);
    }
  }
}

package app;

/** Compiles only if Lombok and Hibernate's processor both ran in the same javac as schemadrift. */
public class Usage {
  public static String describe(Customer customer) {
    customer.setName("x");
    return Customer_.NAME + "=" + customer.getName();
  }
}

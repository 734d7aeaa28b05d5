package dev.docmodel.generator.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule that names a page's type when the page names it in several ways. */
class PageNamesTest {
  @Test
  void namesThatAbbreviateOneAnotherAreRelated() {
    assertTrue(PageNames.related("chart", "workbookChart"), "inside");
    assertTrue(PageNames.related("onenotebasemodel", "onenoteEntityBaseModel"), "words in order");
    assertTrue(PageNames.related("authenticationMethodConfigurations",
        "authenticationMethodConfiguration"), "a plural");
    assertTrue(PageNames.related("realtedContact", "relatedContact"), "a typo in a long name");
    assertTrue(PageNames.related("chatMessagePolicyTip", "chatMessagePolicyViolationPolicyTip"));
  }

  @Test
  void unrelatedNamesAreNot() {
    assertFalse(PageNames.related("userAccount", "resourceAccessEvent"));
    assertFalse(PageNames.related("resourceaccessevent", "userAccount"));
    assertFalse(PageNames.related("cat", "dog"), "short names: no typo allowance");
  }

  @Test
  void theResourceTypeNameOfATitle() {
    assertEquals("userAccount", PageNames.resourceTypeName("userAccount resource type"));
    assertEquals("alert", PageNames.resourceTypeName("`microsoft.graph.security.alert` resource "
        + "type"));
    assertEquals(null, PageNames.resourceTypeName("Security enum values"));
  }
}

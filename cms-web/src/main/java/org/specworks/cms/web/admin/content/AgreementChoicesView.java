package org.specworks.cms.web.admin.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.specworks.cms.agreements.AgreementChoice;
import org.specworks.cms.agreements.AgreementService;

/**
 * The policies a document's agreement field offers ({@link AgreementService#choices}), read once
 * per request.
 */
@Named("agreementChoices")
@RequestScoped
public class AgreementChoicesView {

  @Inject private AgreementService agreements;

  private List<AgreementChoice> choices;

  /**
   * The live policies, and {@code current} too when it names none of them (a policy taken off the
   * site since), so opening and saving the form never changes it unnoticed.
   */
  public List<AgreementChoice> including(String current) {
    if (choices == null) {
      choices = agreements.choices();
    }
    if (current == null
        || current.isBlank()
        || choices.stream().anyMatch(choice -> choice.path().equals(current))) {
      return choices;
    }
    List<AgreementChoice> with = new ArrayList<>(choices);
    with.add(new AgreementChoice(current, current));
    return with;
  }
}

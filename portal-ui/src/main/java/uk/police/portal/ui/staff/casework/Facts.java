package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

/** A list of labelled facts (a description list): reads well on a phone and in a screen reader. */
class Facts extends DescriptionList {

  Facts() {
    addClassName("facts");
  }

  Facts fact(String term, String description) {
    DescriptionList.Description value = new DescriptionList.Description(description);
    value.addClassName("text");
    add(new DescriptionList.Term(term), value);
    return this;
  }

  Facts fact(String term, Component... description) {
    add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    return this;
  }
}

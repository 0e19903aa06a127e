package uk.police.portal.ui.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Looks through a component tree the way a person scans a page: by kind and by words. */
public final class Components {

  private Components() {}

  public static <T extends Component> List<T> all(Component root, Class<T> type) {
    return tree(root).filter(type::isInstance).map(type::cast).toList();
  }

  public static Optional<Button> button(Component root, String text) {
    return all(root, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst();
  }

  public static String text(Component root) {
    return root.getElement().getTextRecursively();
  }

  private static Stream<Component> tree(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(Components::tree));
  }
}

package dev.masklet.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import dev.masklet.ui.MaskletUi;

/** The menu skeleton; the UI bundle's commands fill it through menu contributions. */
final class MaskletActionBarAdvisor extends ActionBarAdvisor {
    private MenuManager showView;
    /** Eclipse's Key Assist: every binding of the active contexts, read from the binding service. */
    private CommandContributionItem keyAssist;

    MaskletActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        register(ActionFactory.QUIT.create(window));
        register(ActionFactory.UNDO.create(window));
        register(ActionFactory.REDO.create(window));
        register(ActionFactory.PREFERENCES.create(window));
        register(ActionFactory.ABOUT.create(window));
        register(ActionFactory.RESET_PERSPECTIVE.create(window));
        keyAssist = new CommandContributionItem(new CommandContributionItemParameter(window,
                "dev.masklet.app.keyAssist", "org.eclipse.ui.window.showKeyAssist", null, null, null, null,
                Messages.Menu_keyAssist, null, Messages.Menu_keyAssistTip, CommandContributionItem.STYLE_PUSH,
                null, false));
        showView = ShowViewMenu.create(window);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, MaskletUi.FILE_MENU_ID);
        file.add(new GroupMarker("open"));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));
        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager annotate = new MenuManager(Messages.Menu_annotate, MaskletUi.ANNOTATE_MENU_ID);
        annotate.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        window.add(showView);
        window.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        window.add(new Separator());
        window.add(getAction(ActionFactory.PREFERENCES.getId()));
        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(keyAssist);
        help.add(new Separator());
        help.add(getAction(ActionFactory.ABOUT.getId()));
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(annotate);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { cx, type Attributes } from './common';
import { useTabletUp } from './media';
import { domAttributes, type Skipped } from './props';

export interface TabsPanel {
  /** Shown in a `govuk-body` paragraph. */
  text?: ReactNode;
  /** Trusted HTML for the panel. */
  html?: string;
  /** The panel's content as React nodes (instead of text or html). */
  children?: ReactNode;
  attributes?: Attributes;
}

export interface TabsItem {
  /** The panel's id (and the tab's fragment); `<idPrefix>-<n>` unless given. */
  id?: string;
  label: ReactNode;
  panel: TabsPanel;
  /** Attributes for the tab's link. */
  attributes?: Attributes;
}

export interface TabsProps {
  items?: Array<TabsItem | Skipped>;
  id?: string;
  idPrefix?: string;
  /** The heading over the list of tabs on small screens, "Contents" unless given. */
  title?: ReactNode;
  classes?: string;
  attributes?: Attributes;
}

interface Tab {
  item: TabsItem;
  panelId: string;
  /** Its position in the items given, from 1, skipped entries counted (as GOV.UK Frontend counts). */
  position: number;
}

const tabsOf = (items: TabsProps['items'], idPrefix: string | undefined): Tab[] =>
  (items ?? []).flatMap((item, i) => (item ? [{ item, panelId: item.id ?? `${idPrefix}-${i + 1}`, position: i + 1 }] : []));

const initialTab = (tabs: Tab[]) => {
  const hash = typeof window === 'undefined' ? '' : window.location.hash.slice(1);
  return tabs.find((tab) => tab.panelId === hash)?.panelId ?? tabs[0]?.panelId;
};

// The page's fragment follows the selected tab; the history entry is replaced, not added, so that
// the app's router (which keeps its own state in the history) is not disturbed.
const showInAddress = (panelId: string) => window.history.replaceState(window.history.state, '', `#${panelId}`);

/**
 * GOV.UK tabs. Without a browser (and so before any JavaScript) the markup is GOV.UK Frontend's;
 * in the browser at tablet width and up it becomes an ARIA tab list, as GOV.UK Frontend's script
 * makes it: clicking a tab or pressing the left and right arrow keys shows its panel, and a page
 * address whose fragment names a panel opens that tab. On smaller screens every panel shows, after
 * a list of links to them.
 */
export function Tabs({ items, id, idPrefix, title = 'Contents', classes, attributes }: TabsProps) {
  const tabs = tabsOf(items, idPrefix);
  const tabletUp = useTabletUp();
  const enhanced = tabletUp === true;
  const [chosen, setSelected] = useState(() => initialTab(tabs));
  const selected = tabs.some((tab) => tab.panelId === chosen) ? chosen : tabs[0]?.panelId;
  const links = useRef(new Map<string, HTMLAnchorElement>());

  useEffect(() => {
    if (!enhanced) return;
    const onHashChange = () => {
      const panelId = window.location.hash.slice(1);
      if (!links.current.has(panelId)) return;
      setSelected(panelId);
      links.current.get(panelId)?.focus();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [enhanced]);

  const select = (panelId: string, focus: boolean) => {
    setSelected(panelId);
    if (focus) links.current.get(panelId)?.focus();
    showInAddress(panelId);
  };
  const onClick = (event: MouseEvent, panelId: string) => {
    event.preventDefault();
    select(panelId, false);
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[index + step];
    if (next) select(next.panelId, true);
  };

  // Before JavaScript the first item given is the selected one; in the browser, the state's.
  const isSelected = (tab: Tab) => (tabletUp === null ? tab.position === 1 : tab.panelId === selected);
  const isHidden = (tab: Tab) => (tabletUp === null ? tab.position > 1 : enhanced && tab.panelId !== selected);

  return (
    <div id={id} className={cx('govuk-tabs', classes)} {...domAttributes(attributes)} data-module="govuk-tabs">
      <h2 className="govuk-tabs__title">{title}</h2>
      {tabs.length > 0 && (
        <ul className="govuk-tabs__list" role={enhanced ? 'tablist' : undefined}>
          {tabs.map((tab, i) => (
            <li key={tab.panelId} className={cx('govuk-tabs__list-item', isSelected(tab) && 'govuk-tabs__list-item--selected')} role={enhanced ? 'presentation' : undefined}>
              <a
                className="govuk-tabs__tab"
                href={`#${tab.panelId}`}
                {...domAttributes(tab.item.attributes)}
                ref={(el) => void (el ? links.current.set(tab.panelId, el) : links.current.delete(tab.panelId))}
                {...(enhanced && {
                  id: `tab_${tab.panelId}`,
                  role: 'tab',
                  'aria-controls': tab.panelId,
                  'aria-selected': isSelected(tab),
                  tabIndex: isSelected(tab) ? 0 : -1,
                  onClick: (event: MouseEvent) => onClick(event, tab.panelId),
                  onKeyDown: (event: KeyboardEvent) => onKeyDown(event, i),
                })}
              >
                {tab.item.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {tabs.map((tab) => (
        <Panel key={tab.panelId} tab={tab} hidden={isHidden(tab)} enhanced={enhanced} />
      ))}
    </div>
  );
}

function Panel({ tab, hidden, enhanced }: { tab: Tab; hidden: boolean; enhanced: boolean }) {
  const { panel } = tab.item;
  const content = panel.children ?? (panel.html !== undefined ? undefined : panel.text !== undefined && <p className="govuk-body">{panel.text}</p>);
  return (
    <div
      className={cx('govuk-tabs__panel', hidden && 'govuk-tabs__panel--hidden')}
      id={tab.panelId}
      {...domAttributes(panel.attributes)}
      {...(enhanced && { role: 'tabpanel', 'aria-labelledby': `tab_${tab.panelId}` })}
      {...(panel.children === undefined && panel.html !== undefined ? { dangerouslySetInnerHTML: { __html: panel.html } } : { children: content })}
    />
  );
}

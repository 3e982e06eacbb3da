package nl.inbreng.testing.browser;

import com.microsoft.playwright.Page;

import java.util.List;

/**
 * What a person would see as broken, read from the boxes the browser laid out: the page scrolling sideways, an
 * element sticking out of its column (a select running into the next column); two pieces of text or two controls
 * drawn over each other (a facet count over result text); and text drawn under 12 px (a chart scaled onto a phone).
 * Text hidden for screen readers only, things scrolled inside their own box and things placed on purpose (position
 * absolute or fixed) are left out.
 */
public final class LayoutProblems {

    private static final String SCRIPT = """
            () => {
              const problems = [];
              const root = document.documentElement;
              const sideways = root.scrollWidth > root.clientWidth + 1;
              const name = (el) => {
                const id = el.id ? '#' + el.id : '';
                const cls = typeof el.className === 'string' && el.className.trim()
                  ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : '';
                const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
              };
              const placed = (el) => {
                for (let e = el; e && e !== document.body; e = e.parentElement) {
                  const p = getComputedStyle(e).position;
                  if (p === 'absolute' || p === 'fixed') return true;
                }
                return false;
              };
              // checkVisibility also says no for what sits in a closed <details> or under display:none
              const shown = (el) => {
                if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
                const r = el.getBoundingClientRect();
                return r.width >= 2 && r.height >= 2 && r.right > 0 && r.bottom > -window.scrollY;
              };
              // the part of a box that is not cut off by a scrolling or clipping ancestor (a list box, a table wrapper)
              const visibleRect = (el, r) => {
                let { left, top, right, bottom } = r;
                for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
                  if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(e).overflow)) {
                    const c = e.getBoundingClientRect();
                    left = Math.max(left, c.left); top = Math.max(top, c.top);
                    right = Math.min(right, c.right); bottom = Math.min(bottom, c.bottom);
                  }
                }
                return { left, top, right, bottom, width: right - left, height: bottom - top };
              };
              const inside = [...document.querySelectorAll('#app *')]
                .filter((el) => (!el.closest('svg') || el.tagName === 'svg') && !el.closest('select'));
              const elements = inside.filter((el) => shown(el) && !placed(el));

              // 0. Sideways scrolling, with the outermost elements that reach past the window's right edge.
              if (sideways) {
                const past = elements.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
                  .filter((el, i, all) => !all.some((other) => other !== el && other.contains(el)));
                problems.push(`the page scrolls sideways (${root.scrollWidth} px content in ${root.clientWidth} px)`
                  + (past.length ? `: ${past.slice(0, 3).map(name).join(', ')}` : ''));
              }

              // 1. Out of its column: a block that reaches past its parent's box while the parent neither scrolls nor clips.
              const reported = new Set();
              for (const el of elements) {
                const parent = el.parentElement;
                if (!parent || reported.has(parent)) continue;
                const ps = getComputedStyle(parent);
                if (ps.display.startsWith('inline') || /(auto|scroll|hidden|clip)/.test(ps.overflowX)) continue;
                const r = el.getBoundingClientRect();
                const p = parent.getBoundingClientRect();
                const over = Math.max(r.right - p.right, p.left - r.left);
                if (over > 2) {
                  reported.add(el);
                  problems.push(`${name(el)} sticks ${Math.round(over)} px out of ${name(parent)}`);
                }
              }

              // 2. Drawn over each other: leaf boxes (text, controls, images) of different elements that intersect.
              const leaf = (el) => ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'IMG', 'svg'].includes(el.tagName)
                || [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
              const boxes = [];
              for (const el of elements.filter(leaf)) {
                for (const full of el.getClientRects()) {
                  const r = visibleRect(el, full);
                  if (r.width >= 2 && r.height >= 2) boxes.push({ el, r });
                }
              }
              boxes.sort((a, b) => a.r.top - b.r.top);
              const seen = new Set();
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length && boxes[j].r.top < boxes[i].r.bottom; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
                  const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                  const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                  if (w > 2 && h > 2) {
                    const key = name(a.el) + '|' + name(b.el);
                    if (!seen.has(key)) {
                      seen.add(key);
                      problems.push(`${name(a.el)} overlaps ${name(b.el)} (${Math.round(w)}×${Math.round(h)} px)`);
                    }
                  }
                }
              }

              // 3. Too small to read: text under 12 px as drawn, also text in an SVG that a viewBox scaled down (a chart
              // squeezed onto a phone). The drawn height of an SVG text box is about 1.15 times its font size.
              const tiny = new Set();
              for (const el of document.querySelectorAll('#app *')) {
                if (el.closest('select') || el.closest('.visually-hidden') || !el.checkVisibility() || tiny.size >= 3) continue;
                if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '')) continue;
                const size = el.closest('svg') ? el.getBoundingClientRect().height / 1.15 : parseFloat(getComputedStyle(el).fontSize);
                if (size < 12) {
                  tiny.add(el);
                  problems.push(`${name(el)} is drawn at ${size.toFixed(1)} px, too small to read`);
                }
              }
              return problems.slice(0, 25);
            }
            """;

    private LayoutProblems() {
    }

    /** The problems on the page as it is laid out now, at most 25, each in words with the elements it concerns. */
    @SuppressWarnings("unchecked")
    public static List<String> on(Page page) {
        return (List<String>) page.evaluate(SCRIPT);
    }
}

/*
 * Draws ECharts options sent by the server (in English or Chinese) in the colours of the current Lumo theme (light or dark), and
 * draws them again when the theme changes or the element is resized. Options may carry these markers:
 *   axis.qtPercent / option.qtPercent  axis labels / tooltip values 0..1 shown as percentages
 *   calendar.qtFit                     the calendar fills the width; narrow screens show the last 26 weeks
 */
window.qtCharts = window.qtCharts || (function () {
  const live = new Set();

  function resolve(el, variable, fallback) {
    const probe = document.createElement('span');
    probe.style.color = 'var(' + variable + ', ' + fallback + ')';
    probe.style.display = 'none';
    el.appendChild(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }

  function isDark() {
    const attrs = [document.documentElement, document.body].map(e => e.getAttribute('theme') || '');
    return attrs.some(a => /\bdark\b/.test(a));
  }

  /*
   * The theme's chart colours (--qt-chart-1..6 and the heatmap's --qt-heat-low/high in styles.css), each at
   * least 3:1 against the page in its theme (WCAG 1.4.11, non-text contrast); the journeys check this.
   */
  function palette(el) {
    const series = ['#1766cf', '#177d43', '#d5301f', '#a85f09', '#8b55d0', '#0f7a8a']
      .map((fallback, i) => resolve(el, '--qt-chart-' + (i + 1), fallback));
    return {
      text: resolve(el, '--lumo-body-text-color', '#1a2533'),
      secondary: resolve(el, '--lumo-secondary-text-color', '#5a6775'),
      line: resolve(el, '--lumo-contrast-30pct', '#a0a8b0'),
      split: resolve(el, '--lumo-contrast-10pct', '#e6e8eb'),
      base: resolve(el, '--lumo-base-color', '#ffffff'),
      series: series,
      heat: [resolve(el, '--qt-heat-low', '#3b83e0'), resolve(el, '--qt-heat-high', '#0a3a76')]
    };
  }

  function list(x) {
    return x === undefined ? [] : (Array.isArray(x) ? x : [x]);
  }

  function percent(v) {
    return v === null || v === undefined || isNaN(v) ? '–' : Math.round(v * 100) + '%';
  }

  function themed(el, source) {
    const o = JSON.parse(JSON.stringify(source));
    const c = palette(el);
    o.darkMode = isDark();
    o.animation = false;
    o.backgroundColor = 'transparent';
    o.color = c.series;
    o.textStyle = Object.assign({color: c.text, fontFamily: getComputedStyle(el).fontFamily}, o.textStyle);
    o.tooltip = Object.assign({backgroundColor: c.base, borderColor: c.line, textStyle: {color: c.text}}, o.tooltip);
    if (o.qtPercent) {
      o.tooltip.valueFormatter = percent;
    }
    list(o.legend).forEach(l => l.textStyle = {color: c.text});
    list(o.xAxis).concat(list(o.yAxis)).forEach(a => {
      a.axisLine = Object.assign({}, a.axisLine, {lineStyle: {color: c.line}});
      a.axisLabel = Object.assign({color: c.secondary, hideOverlap: true}, a.axisLabel);
      a.splitLine = Object.assign({}, a.splitLine, {lineStyle: {color: c.split}});
      a.nameTextStyle = {color: c.secondary};
      if (a.qtPercent) {
        a.axisLabel.formatter = percent;
      }
      if (a.axisLabel.width) {
        a.axisLabel.width = Math.min(a.axisLabel.width, Math.floor((el.clientWidth || 400) * 0.3));
      }
    });
    list(o.calendar).forEach(cal => {
      cal.itemStyle = {color: c.split, borderColor: c.base, borderWidth: 2};
      cal.splitLine = {show: false};
      cal.dayLabel = Object.assign({color: c.secondary}, cal.dayLabel);
      cal.monthLabel = Object.assign({color: c.secondary}, cal.monthLabel);
      cal.yearLabel = {show: false};
      if (cal.qtFit) {
        fit(el, cal);
      }
    });
    list(o.visualMap).forEach(v => {
      v.textStyle = {color: c.secondary};
      v.inRange = {color: c.heat};
    });
    return o;
  }

  function fit(el, cal) {
    const width = el.clientWidth || 600;
    const end = cal.range[1];
    let weeks = 53;
    if (width < 600) {
      weeks = 26;
      const start = new Date(end + 'T00:00:00Z');
      start.setUTCDate(start.getUTCDate() - 7 * weeks + 1);
      cal.range = [start.toISOString().slice(0, 10), end];
    }
    const cell = Math.max(6, Math.min(18, Math.floor((width - 50) / (weeks + 1))));
    cal.cellSize = [cell, cell];
    cal.left = cell < 11 ? 12 : 36;
    cal.right = 12;
    cal.top = 24;
    cal.dayLabel.show = cell >= 11;
    el.style.height = (cell * 7 + 40) + 'px';
  }

  function draw(el) {
    if (!window.echarts) {
      setTimeout(() => draw(el), 50);
      return;
    }
    const existing = window.echarts.getInstanceByDom(el);
    if (existing) {
      existing.dispose();
    }
    el.qtWidth = el.clientWidth;
    const options = themed(el, el.qtOptions);
    window.echarts.init(el, null, {renderer: 'svg', locale: el.qtLocale}).setOption(options);
  }

  function render(el, options, locale) {
    el.qtOptions = options;
    el.qtLocale = locale === 'ZH' ? 'ZH' : 'EN';
    live.add(el);
    if (!el.qtResize && window.ResizeObserver) {
      el.qtResize = new ResizeObserver(() => {
        const chart = window.echarts && window.echarts.getInstanceByDom(el);
        if (chart && el.clientWidth !== el.qtWidth) {
          draw(el);
        } else if (chart) {
          chart.resize();
        }
      });
      el.qtResize.observe(el);
    }
    draw(el);
  }

  function redrawAll() {
    live.forEach(el => el.isConnected ? draw(el) : live.delete(el));
  }

  const observer = new MutationObserver(redrawAll);
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['theme']});
  if (document.body) {
    observer.observe(document.body, {attributes: true, attributeFilter: ['theme']});
  }
  return {render: render, percent: percent, palette: palette};
})();

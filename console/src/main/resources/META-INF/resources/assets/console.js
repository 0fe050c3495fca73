/* GovShare console: draws the charts with the bundled Apache ECharts (assets/vendor/echarts.min.js).
   The figures come from the page itself (data-chart); the same figures are in a table beside every chart. */
(function () {
  'use strict';
  function byDay(element, data) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true },
      color: ['#9e1b1b', '#0b57a4'],
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: ['提供', '使用'] },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.days },
      yAxis: { type: 'value', name: '次' },
      series: [
        { name: '提供', type: 'bar', data: data.provided },
        { name: '使用', type: 'bar', data: data.used }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var elements = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < elements.length; i++) {
      var text = elements[i].getAttribute('data-chart');
      if (text) {
        byDay(elements[i], JSON.parse(text));
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron'

/** The Chinese application menu. */
export function installApplicationMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ label: '退出', role: 'quit', accelerator: 'Alt+F4' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' }
      ]
    },
    {
      label: '视图',
      submenu: [
        { label: '刷新', role: 'reload' },
        { type: 'separator' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' }
      ]
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于双随机联合抽查工作台',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: '关于',
              message: '双随机联合抽查工作台',
              detail: `版本 ${app.getVersion()}\n市场监管领域部门联合“双随机、一公开”监管联席会议办公室工作台`
            })
        }
      ]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

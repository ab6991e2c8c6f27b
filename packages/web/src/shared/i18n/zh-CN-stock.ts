/** 库存 in Chinese: stock locations (库位) in the back office. */
export const zhCNStock = {
  nav: '库存',
  locations: {
    title: '库位',
    intro: '门店的库存分放在不同库位：销售从卖场出库；后仓、残次品区等另行记账。',
    add: '新增库位',
    rename: '重命名',
    close: '停用',
    reopen: '启用',
    closed: '已停用',
    kinds: { sales_floor: '卖场', storage: '仓储', damaged: '残次品' },
    form: {
      addTitle: '新增库位',
      renameTitle: '重命名库位',
      name: '名称',
      nameInvalid: '请输入 1 到 40 个字的名称',
      kind: '用途',
      add: '新增',
    },
    closeDialog: {
      title: '停用库位“{{location}}”？',
      body: '停用后不能再向该库位入库或调拨；库存须先清零。以后可以重新启用。',
      confirm: '停用',
    },
    done: {
      added: '已新增库位“{{location}}”',
      renamed: '已重命名为“{{location}}”',
      closed: '已停用库位“{{location}}”',
      reopened: '已启用库位“{{location}}”',
    },
  },
};

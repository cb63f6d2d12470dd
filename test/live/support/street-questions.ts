/**
 * Questions as a Beijing street office hears them at a report-back meeting (方庄街道 style), each
 * with the topic a person would file it under. Same topic: a likely duplicate worth suggesting.
 */
export interface StreetQuestion {
  text: string;
  topic: string;
}

export const STREET_QUESTIONS: readonly StreetQuestion[] = [
  { topic: 'parking', text: '小区停车难，晚上下班回来根本找不到车位' },
  { topic: 'parking', text: '车位不够，能不能把旁边那块空地改成停车场？' },
  { topic: 'parking', text: '晚上停车没地方，只能停到马路上被贴条' },
  { topic: 'parking', text: '我们小区车位太少了，外来车辆还占着不走' },
  { topic: 'parking', text: '芳古园一区门口乱停车严重，消防通道都堵了' },
  { topic: 'parking', text: '请问地下车库能不能对居民开放，价格便宜点' },
  { topic: 'elevator', text: '我们楼都是七八十岁的老人，加装电梯的事什么时候能落地？' },
  { topic: 'elevator', text: '5号楼加装电梯一楼住户不同意，街道能不能出面协调' },
  { topic: 'elevator', text: '3单元电梯老是坏，报修以后要等好几天才来人' },
  { topic: 'garbage', text: '垃圾清运不及时，夏天味道特别大' },
  { topic: 'garbage', text: '垃圾分类桶站旁边总是满的，没人及时清运' },
  { topic: 'garbage', text: '楼道里堆的大件垃圾和杂物半年没人管' },
  { topic: 'noise', text: '晚上广场舞声音太大，影响老人孩子休息' },
  { topic: 'noise', text: '夜间施工噪音太吵，凌晨一点还在干活' },
  { topic: 'noise', text: '楼下KTV噪声扰民，多次打12345都没用' },
  { topic: 'property', text: '物业费年年涨，服务却越来越差' },
  { topic: 'property', text: '物业公司不作为，单元门坏了一个月没人修' },
  { topic: 'property', text: '物业合同到期了，业主想换物业怎么办理' },
  { topic: 'elderly', text: '社区养老驿站的助餐能不能送餐上门？' },
  { topic: 'elderly', text: '老年餐价格能不能再便宜点，品种也太少' },
  { topic: 'elderly', text: '独居老人吃饭难，希望多开几个助餐点' },
  { topic: 'lighting', text: '方庄路北侧路灯不亮好几个月了' },
  { topic: 'lighting', text: '小区里照明太差，晚上走路心里害怕' },
  { topic: 'illegal', text: '一楼住户私搭乱建，占了公共绿地' },
  { topic: 'illegal', text: '楼顶违建一直没拆，存在安全隐患' },
  { topic: 'heating', text: '去年冬天暖气不热，室温才十五度' },
  { topic: 'heating', text: '供暖费能不能在手机上缴，老人跑营业厅不方便' },
  { topic: 'leak', text: '顶楼漏水好几年了，屋里墙皮都掉了' },
  { topic: 'leak', text: '卫生间往楼下渗水，楼上住户不配合维修' },
  { topic: 'charging', text: '电动自行车没地方充电，只能从楼上飞线' },
  { topic: 'charging', text: '希望在小区增设电动车充电桩' },
  { topic: 'crossing', text: '蒲黄榆路口红绿灯时间太短，老人过马路来不及' },
  { topic: 'road', text: '路面坑洼不平，一下雨就积水' },
  { topic: 'pets', text: '遛狗不拴绳，狗粪也没人清理' },
  { topic: 'pets', text: '小区流浪猫越来越多，晚上叫得人睡不着' },
  { topic: 'clinic', text: '社区卫生服务站能不能增加周末门诊' },
  { topic: 'market', text: '家门口的菜市场拆了以后买菜太不方便' },
  { topic: 'delivery', text: '快递柜太少，快递经常乱堆在单元门口' },
  { topic: 'toilet', text: '公园里的公厕太脏，没人打扫' },
  { topic: 'school', text: '孩子上学路上没有人行道，和车抢道太危险' },
];

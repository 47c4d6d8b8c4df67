/**
 * Every Hanyu Pinyin syllable (toneless, ü written as ü) and its Wade-Giles spelling, as in the
 * Library of Congress's Wade-Giles/Pinyin conversion table (2000) and Mathews' dictionary (1931). Aspiration is the apostrophe (p' t' k' ch' ts' tz');
 * `si` is `ssu` (some older works write `szu`, which variants add); `e` alone is `o`
 * (`ê` in some dictionaries). Tone numbers, rarely printed in scholarship, are left out.
 * 421 entries: the 410 syllables of standard Mandarin plus rare ones (dia, tei, m, ng...).
 */
const TABLE = `
  a=a ai=ai an=an ang=ang ao=ao ba=pa bai=pai ban=pan bang=pang bao=pao
  bei=pei ben=pen beng=peng bi=pi bian=pien biao=piao bie=pieh bin=pin bing=ping bo=po
  bu=pu pa=p'a pai=p'ai pan=p'an pang=p'ang pao=p'ao pei=p'ei pen=p'en peng=p'eng pi=p'i
  pian=p'ien piao=p'iao pie=p'ieh pin=p'in ping=p'ing po=p'o pou=p'ou pu=p'u ma=ma mai=mai
  man=man mang=mang mao=mao me=me mei=mei men=men meng=meng mi=mi mian=mien miao=miao
  mie=mieh min=min ming=ming miu=miu mo=mo mou=mou mu=mu fa=fa fan=fan fang=fang
  fei=fei fen=fen feng=feng fo=fo fou=fou fu=fu da=ta dai=tai dan=tan dang=tang
  dao=tao de=te dei=tei den=ten deng=teng di=ti dian=tien diao=tiao die=tieh ding=ting
  diu=tiu dong=tung dou=tou du=tu duan=tuan dui=tui dun=tun duo=to ta=t'a tai=t'ai
  tan=t'an tang=t'ang tao=t'ao te=t'e teng=t'eng ti=t'i tian=t'ien tiao=t'iao tie=t'ieh ting=t'ing
  tong=t'ung tou=t'ou tu=t'u tuan=t'uan tui=t'ui tun=t'un tuo=t'o na=na nai=nai nan=nan
  nang=nang nao=nao ne=ne nei=nei nen=nen neng=neng ni=ni nian=nien niang=niang niao=niao
  nie=nieh nin=nin ning=ning niu=niu nong=nung nou=nou nu=nu nuan=nuan nun=nun nuo=no
  nü=nü nüe=nüeh la=la lai=lai lan=lan lang=lang lao=lao le=le lei=lei leng=leng
  li=li lia=lia lian=lien liang=liang liao=liao lie=lieh lin=lin ling=ling liu=liu lo=lo
  long=lung lou=lou lu=lu luan=luan lun=lun luo=lo lü=lü lüe=lüeh ga=ka gai=kai
  gan=kan gang=kang gao=kao ge=ko gei=kei gen=ken geng=keng gong=kung gou=kou gu=ku
  gua=kua guai=kuai guan=kuan guang=kuang gui=kuei gun=kun guo=kuo ka=k'a kai=k'ai kan=k'an
  kang=k'ang kao=k'ao ke=k'o kei=k'ei ken=k'en keng=k'eng kong=k'ung kou=k'ou ku=k'u kua=k'ua
  kuai=k'uai kuan=k'uan kuang=k'uang kui=k'uei kun=k'un kuo=k'uo ha=ha hai=hai han=han hang=hang
  hao=hao he=ho hei=hei hen=hen heng=heng hong=hung hou=hou hu=hu hua=hua huai=huai
  huan=huan huang=huang hui=hui hun=hun huo=huo ji=chi jia=chia jian=chien jiang=chiang jiao=chiao
  jie=chieh jin=chin jing=ching jiong=chiung jiu=chiu ju=chü juan=chüan jue=chüeh jun=chün qi=ch'i
  qia=ch'ia qian=ch'ien qiang=ch'iang qiao=ch'iao qie=ch'ieh qin=ch'in qing=ch'ing qiong=ch'iung qiu=ch'iu qu=ch'ü
  quan=ch'üan que=ch'üeh qun=ch'ün xi=hsi xia=hsia xian=hsien xiang=hsiang xiao=hsiao xie=hsieh xin=hsin
  xing=hsing xiong=hsiung xiu=hsiu xu=hsü xuan=hsüan xue=hsüeh xun=hsün zhi=chih zha=cha zhai=chai
  zhan=chan zhang=chang zhao=chao zhe=che zhei=chei zhen=chen zheng=cheng zhong=chung zhou=chou zhu=chu
  zhua=chua zhuai=chuai zhuan=chuan zhuang=chuang zhui=chui zhun=chun zhuo=cho chi=ch'ih cha=ch'a chai=ch'ai
  chan=ch'an chang=ch'ang chao=ch'ao che=ch'e chen=ch'en cheng=ch'eng chong=ch'ung chou=ch'ou chu=ch'u chua=ch'ua
  chuai=ch'uai chuan=ch'uan chuang=ch'uang chui=ch'ui chun=ch'un chuo=ch'o shi=shih sha=sha shai=shai shan=shan
  shang=shang shao=shao she=she shei=shei shen=shen sheng=sheng shou=shou shu=shu shua=shua shuai=shuai
  shuan=shuan shuang=shuang shui=shui shun=shun shuo=shuo ri=jih ran=jan rang=jang rao=jao re=je
  ren=jen reng=jeng rong=jung rou=jou ru=ju rua=jua ruan=juan rui=jui run=jun ruo=jo
  zi=tzu za=tsa zai=tsai zan=tsan zang=tsang zao=tsao ze=tse zei=tsei zen=tsen zeng=tseng
  zong=tsung zou=tsou zu=tsu zuan=tsuan zui=tsui zun=tsun zuo=tso ci=tz'u ca=ts'a cai=ts'ai
  can=ts'an cang=ts'ang cao=ts'ao ce=ts'e cen=ts'en ceng=ts'eng cong=ts'ung cou=ts'ou cu=ts'u cuan=ts'uan
  cui=ts'ui cun=ts'un cuo=ts'o si=ssu sa=sa sai=sai san=san sang=sang sao=sao se=se
  sen=sen seng=seng song=sung sou=sou su=su suan=suan sui=sui sun=sun suo=so e=o
  ei=ei en=en eng=eng er=erh o=o ou=ou yi=i ya=ya yan=yen yang=yang
  yao=yao ye=yeh yin=yin ying=ying yo=yo yong=yung you=yu yu=yü yuan=yüan yue=yüeh
  yun=yün wu=wu wa=wa wai=wai wan=wan wang=wang wei=wei wen=wen weng=weng wo=wo
  dia=tia tei=t'ei sei=sei cei=ts'ei yai=yai ê=eh m=m n=n ng=ng hm=hm hng=hng
`

export const PINYIN_TO_WADE_GILES: ReadonlyMap<string, string> = new Map(
  TABLE.trim()
    .split(/\s+/)
    .map((pair) => pair.split('=') as [string, string]),
)

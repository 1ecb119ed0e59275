import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './app.css'
import App from './App.vue'
import { captureAccessToken } from './api/accessToken'
import { createAppRouter } from './router'

// Before the router reads the hash: the launch URL carries the browser mode's token there.
captureAccessToken()

createApp(App)
  .use(createPinia())
  .use(createAppRouter())
  .use(ElementPlus, { locale: zhCn })
  .mount('#app')
